package dev.mailroom.core.dns.rbl;

/**
 * Which record a blacklist answers with. Public lists answer an A record (a return code in
 * 127.0.0.0/8, RFC 5782); article 18's home-made list is a reverse lookup zone holding a PTR
 * record per listed address.
 */
public enum RblRecordType {
    A,
    PTR
}
