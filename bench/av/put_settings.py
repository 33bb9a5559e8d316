"""PUT /api/v1/settings/antivirus on the server of DATA (admin.url, admin.token) with the JSON given."""
import json
import sys
import urllib.error
import urllib.request

data, body = sys.argv[1], sys.argv[2]
url = open(f"{data}/admin.url").read().strip() + "/api/v1/settings/antivirus"
token = open(f"{data}/admin.token").read().strip()
req = urllib.request.Request(url, data=json.dumps(json.loads(body)).encode(), method="PUT",
                             headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
try:
    urllib.request.urlopen(req).read()
except urllib.error.HTTPError as e:
    sys.exit(f"settings refused: {e.code} {e.read().decode()}")
