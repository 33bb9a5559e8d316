package dev.mailroom.app.postoffice;

import java.util.Locale;

/** Tree ids of a post office and its branches (post office names compare case-insensitively). */
public final class PostOfficeIds {
    public static final String POST_OFFICES = "postoffices";

    private PostOfficeIds() {
    }

    public static String of(String postOffice) {
        return "po:" + postOffice.toUpperCase(Locale.ROOT);
    }

    public static String domains(String postOffice) {
        return of(postOffice) + "/domains";
    }

    public static String mailboxes(String postOffice) {
        return of(postOffice) + "/mailboxes";
    }
}
