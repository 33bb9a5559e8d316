package dev.mailroom.app.mailbox;

import java.util.Locale;

/** Sizes for people: 0 KB quota is "No limit", bytes in KB/MB/GB with one decimal. */
public final class Sizes {
    private Sizes() {
    }

    public static String quota(long quotaKb) {
        return quotaKb <= 0 ? "No limit" : bytes(quotaKb * 1024);
    }

    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double v = bytes / 1024.0;
        String[] units = {"KB", "MB", "GB", "TB"};
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, units[u]);
    }
}
