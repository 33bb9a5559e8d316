package dev.mailroom.core.access;

/** How the Access Control list is read (knowledge base article 4). */
public enum AccessMode {
    /** Everybody may connect except the listed addresses. */
    DENY_LISTED,
    /** Only the listed addresses may connect. */
    ALLOW_ONLY_LISTED
}
