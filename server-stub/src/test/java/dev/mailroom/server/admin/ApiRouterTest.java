package dev.mailroom.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiRouterTest {
    private final ApiHandler ok = r -> "ok";

    @Test
    void matchesLiteralsAndDecodesParameters() {
        ApiRouter router = new ApiRouter().get("/postoffices/{po}/mailboxes/{mailbox}", ok);
        ApiRouter.Match m = router.match("GET", "/postoffices/Caf%C3%A9/mailboxes/a%2Bb");
        assertThat(m.found()).isTrue();
        assertThat(m.params()).isEqualTo(Map.of("po", "Café", "mailbox", "a+b"));
        assertThat(router.match("GET", "/postoffices/x/mailboxes/y/").found()).as("a trailing slash").isTrue();
    }

    @Test
    void anEncodedSlashStaysInsideOneParameter() {
        ApiRouter router = new ApiRouter().get("/postoffices/{po}", ok);
        ApiRouter.Match m = router.match("GET", "/postoffices/..%2Fetc");
        assertThat(m.params()).containsEntry("po", "../etc");
        assertThat(router.match("GET", "/postoffices/../etc").found()).isFalse();
    }

    @Test
    void otherMethodsOnAKnownPathAreListedAndUnknownPathsAreNot() {
        ApiRouter router = new ApiRouter().get("/postoffices", ok).post("/postoffices", ok).delete("/postoffices/{po}", ok);
        ApiRouter.Match wrongMethod = router.match("PUT", "/postoffices");
        assertThat(wrongMethod.found()).isFalse();
        assertThat(wrongMethod.allowed()).isEqualTo(Set.of("GET", "POST"));
        ApiRouter.Match unknown = router.match("GET", "/nowhere");
        assertThat(unknown.found()).isFalse();
        assertThat(unknown.allowed()).isEmpty();
        assertThat(router.match("GET", "/postoffices//x").found()).as("an empty parameter").isFalse();
    }

    @Test
    void aRouteRegisteredTwiceIsAProgrammingError() {
        ApiRouter router = new ApiRouter().get("/settings/{section}", ok);
        assertThatThrownBy(() -> router.get("/settings/{name}", ok)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/settings/{name}");
        router.put("/settings/{section}", ok); // another method is another route
    }
}
