package dev.mailroom.server.admin;

import dev.mailroom.core.api.Requests;
import dev.mailroom.core.directory.DirectoryStore;
import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.directory.NotFoundException;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.PostOfficeName;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** {@code /postoffices/{po}/domains} and {@code .../domains/{domain}}. */
final class DomainApi implements ApiModule {
    /** A blacklist entry: a domain, or a mask such as {@code *.com.au} (knowledge base article 4). */
    private static final Pattern MASK = Pattern.compile("(\\*\\.)?[A-Za-z0-9*]([A-Za-z0-9.*-]{0,252})");
    private final DirectoryStore directory;
    private final PostOfficeApi postOffices;

    DomainApi(AdminContext context) {
        this.directory = context.server().directory();
        this.postOffices = new PostOfficeApi(context);
    }

    @Override
    public void register(ApiRouter router) {
        router.get("/postoffices/{po}/domains", r -> {
            PostOfficeName po = postOffices.find(PathNames.postOffice(r)).name();
            return Paging.of(r).apply(directory.domainsOf(po), d -> d.name().value(), Dtos::domain);
        });
        router.post("/postoffices/{po}/domains", r -> {
            PostOfficeName po = PathNames.postOffice(r);
            Requests.Create body = r.body(Requests.Create.class);
            return ApiResponse.created(Dtos.domain(directory.addDomain(po, DomainName.of("name", body.name()))));
        });
        router.get("/postoffices/{po}/domains/{domain}", r -> Dtos.domain(find(r)));
        router.put("/postoffices/{po}/domains/{domain}", r -> {
            Domain d = find(r);
            Requests.DomainUpdate u = r.body(Requests.DomainUpdate.class);
            Domain changed = new Domain(d.name(), d.postOffice(),
                    u.enabled() == null ? d.enabled() : u.enabled(),
                    u.catchAll() == null ? d.catchAll() : catchAll(u.catchAll()),
                    u.abuseRedirect() == null ? d.abuseRedirect() : address("abuseRedirect", u.abuseRedirect()),
                    u.postmasterRedirect() == null ? d.postmasterRedirect()
                            : address("postmasterRedirect", u.postmasterRedirect()),
                    u.blacklist() == null ? d.blacklist() : blacklist(u.blacklist()));
            return Dtos.domain(directory.updateDomain(changed));
        });
        router.delete("/postoffices/{po}/domains/{domain}", r -> {
            Domain d = find(r);
            directory.removeDomain(d.postOffice(), d.name());
            return null;
        });
    }

    private Domain find(ApiRequest r) {
        PostOfficeName po = postOffices.find(PathNames.postOffice(r)).name();
        DomainName name = PathNames.domain(r);
        return directory.domain(name).filter(d -> d.postOffice().equals(po))
                .orElseThrow(() -> new NotFoundException("Post office '" + po + "' has no domain '" + name + "'"));
    }

    private static String catchAll(String raw) {
        if (raw.isBlank()) {
            return "";
        }
        try {
            return MailboxName.of(raw).value();
        } catch (InvalidValueException e) {
            throw new InvalidValueException("catchAll", e.getMessage());
        }
    }

    private static String address(String field, String raw) {
        return raw.isBlank() ? "" : EmailAddress.of(field, raw).toString();
    }

    private static List<String> blacklist(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String entry : raw) {
            String v = entry == null ? "" : entry.strip();
            if (v.isEmpty()) {
                continue;
            }
            if (!MASK.matcher(v).matches() || v.contains("..")) {
                throw new InvalidValueException("blacklist",
                        "Blacklist entry '" + v + "' must be a domain or a mask like *.example.com");
            }
            out.add(v.toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }
}
