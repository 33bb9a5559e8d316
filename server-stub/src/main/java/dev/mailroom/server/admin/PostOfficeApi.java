package dev.mailroom.server.admin;

import dev.mailroom.core.api.Requests;
import dev.mailroom.core.directory.DirectoryStore;
import dev.mailroom.core.directory.NotFoundException;
import dev.mailroom.core.directory.PostOffice;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.model.PostOfficeName;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** {@code /postoffices} and {@code /postoffices/{po}}. */
final class PostOfficeApi implements ApiModule {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");
    private final DirectoryStore directory;
    private final Dtos dtos;

    PostOfficeApi(AdminContext context) {
        this.directory = context.server().directory();
        this.dtos = new Dtos(directory, context.server().messages());
    }

    @Override
    public void register(ApiRouter router) {
        router.get("/postoffices", r -> Paging.of(r).apply(directory.postOffices(), p -> p.name().value(),
                dtos::postOffice));
        router.post("/postoffices", r -> {
            Requests.Create body = r.body(Requests.Create.class);
            PostOffice created = directory.createPostOffice(PostOfficeName.of(body.name()));
            return ApiResponse.created(dtos.postOffice(created));
        });
        router.get("/postoffices/{po}", r -> dtos.postOffice(find(PathNames.postOffice(r))));
        router.put("/postoffices/{po}", r -> {
            PostOffice current = find(PathNames.postOffice(r));
            Requests.PostOfficeUpdate body = r.body(Requests.PostOfficeUpdate.class);
            PostOffice changed = new PostOffice(current.name(),
                    body.enabled() == null ? current.enabled() : body.enabled(),
                    body.boundIp() == null ? current.boundIp() : ipLiteral(body.boundIp()));
            return dtos.postOffice(directory.updatePostOffice(changed));
        });
        router.delete("/postoffices/{po}", r -> {
            var summary = directory.deletePostOffice(PathNames.postOffice(r));
            return new Requests.Deletion(summary.domains(), summary.mailboxes(), summary.addresses());
        });
    }

    PostOffice find(PostOfficeName name) {
        return directory.postOffice(name)
                .orElseThrow(() -> new NotFoundException("No post office named '" + name + "'"));
    }

    /** A bound IP must be a literal address: it is compared with the local address of a connection. */
    private static String ipLiteral(String raw) {
        String v = raw.strip();
        if (v.isEmpty()) {
            return "";
        }
        boolean literal = IPV4.matcher(v).matches() || (v.contains(":") && IPV6.matcher(v).matches());
        if (literal) {
            try {
                // Only literals reach this call, so it never performs a DNS lookup.
                return InetAddress.getByName(v).getHostAddress();
            } catch (UnknownHostException e) {
                // 999.1.1.1 and the like: fall through to the refusal.
            }
        }
        throw new InvalidValueException("boundIp", "Bound IP must be an IPv4 or IPv6 address, like 192.0.2.10");
    }
}
