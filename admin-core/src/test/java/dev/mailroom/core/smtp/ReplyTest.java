package dev.mailroom.core.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReplyTest {

    @Test
    void relayRefusalIsArticle32sTextWith550() {
        assertThat(Replies.RELAY_REFUSED.toString())
                .isEqualTo("550 5.7.1 This mail server requires authentication. Please check your mail client settings.");
        assertThat(Replies.RELAY_REFUSED.isPermanentFailure()).isTrue();
    }

    @Test
    void unknownRecipientIs5_1_1() {
        Reply r = Replies.unknownRecipient("nobody@example.test");
        assertThat(r.code()).isEqualTo(550);
        assertThat(r.enhanced()).isEqualTo("5.1.1");
        assertThat(r.toString()).startsWith("550 5.1.1 <nobody@example.test>");
    }

    @Test
    void greetingRefusalHasNoEnhancedCode() {
        assertThat(Replies.ACCESS_DENIED.message()).isEqualTo("Access denied");
        assertThat(Replies.ACCESS_DENIED.toString()).isEqualTo("554 Access denied");
    }

    @Test
    void messageIsWhatAnEngineAppendsToTheCode() {
        assertThat(Replies.RECIPIENT_OK.message()).isEqualTo("2.1.5 Recipient OK");
        assertThat(Replies.RECIPIENT_OK.isPositive()).isTrue();
    }

    @Test
    void invalidRepliesCannotBeBuilt() {
        assertThatThrownBy(() -> new Reply(199, "", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reply(550, "4.7.1", "x")).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> new Reply(550, "5.7", "x")).hasMessageContaining("enhanced");
        assertThatThrownBy(() -> new Reply(550, "5.7.1", "two\r\nlines")).hasMessageContaining("one");
        assertThatThrownBy(() -> new Reply(550, "5.7.1", " ")).hasMessageContaining("one");
    }
}
