package dev.mailroom.server.filters.antivirus;

/**
 * Reads clamd's answer to a scan: {@code stream: OK}, {@code stream: NAME FOUND}, or
 * {@code ... ERROR}. Anything else is garbage and counts as a failed scan, never as clean.
 */
final class ClamdReply {
    private ClamdReply() {
    }

    static ScanResult parse(String scanner, String reply) {
        String r = reply == null ? "" : reply.strip();
        if (r.equals("stream: OK")) {
            return ScanResult.clean(scanner);
        }
        if (r.startsWith("stream: ") && r.endsWith(" FOUND")) {
            String virus = r.substring("stream: ".length(), r.length() - " FOUND".length()).strip();
            if (!virus.isEmpty()) {
                return ScanResult.infected(scanner, virus);
            }
        }
        if (r.endsWith("ERROR")) {
            return ScanResult.error(scanner, "clamd: " + r);
        }
        return ScanResult.error(scanner, "clamd answered something that is not a scan result: "
                + (r.length() > 80 ? r.substring(0, 80) + "…" : r));
    }
}
