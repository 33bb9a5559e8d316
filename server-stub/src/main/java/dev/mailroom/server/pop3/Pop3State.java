package dev.mailroom.server.pop3;

/** The three states of an RFC 1939 session. UPDATE is entered only by QUIT from TRANSACTION. */
public enum Pop3State {
    AUTHORIZATION, TRANSACTION, UPDATE
}
