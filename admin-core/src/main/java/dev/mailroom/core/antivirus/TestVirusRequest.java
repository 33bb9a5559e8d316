package dev.mailroom.core.antivirus;

/** "Send test virus": the EICAR test string sent to {@code recipient} through the server's own SMTP port. */
public record TestVirusRequest(String recipient) {
    public TestVirusRequest {
        recipient = recipient == null ? "" : recipient.strip();
    }
}
