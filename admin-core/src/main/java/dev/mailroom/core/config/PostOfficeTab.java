package dev.mailroom.core.config;

import dev.mailroom.core.directory.PostOffice;
import dev.mailroom.core.model.PostOfficeName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** {@code Config/POSTOFFICE.TAB}: NAME, ENABLED (1/0), BOUND_IP (empty when unset). */
final class PostOfficeTab {
    static final String FILE = "POSTOFFICE.TAB";
    private static final int COLUMNS = 3;

    private PostOfficeTab() {
    }

    static TabLines.Writer format(Collection<PostOffice> postOffices) {
        TabLines.Writer w = new TabLines.Writer();
        for (PostOffice p : postOffices) {
            w.line(p.name().value(), TabLines.flag(p.enabled()), p.boundIp());
        }
        return w;
    }

    static List<PostOffice> parse(byte[] content) throws TabFormatException {
        List<PostOffice> out = new ArrayList<>();
        for (String[] f : TabLines.parse(content, COLUMNS)) {
            out.add(TabLines.row(f, r -> new PostOffice(PostOfficeName.of(r[0]), TabLines.flag(r[1]),
                    Values.boundIp(r[2]))));
        }
        return out;
    }
}
