package dev.mailroom.server.smtp.wire;

import java.io.IOException;
import org.subethamail.smtp.internal.server.BaseCommand;
import org.subethamail.smtp.server.Session;

/** A command SubEthaSMTP knows but Mailroom does not offer (BDAT: not advertised, so not accepted). */
public final class NotOffered extends BaseCommand {
    public NotOffered(String verb) {
        super(verb, "Not offered by this server.");
    }

    @Override
    public void execute(String commandString, Session sess) throws IOException {
        sess.sendResponse("502 5.5.1 " + getName() + " is not offered by this server");
    }
}
