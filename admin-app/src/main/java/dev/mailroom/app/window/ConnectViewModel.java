package dev.mailroom.app.window;

import dev.mailroom.app.common.DialogViewModel;
import dev.mailroom.app.common.Rules;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.ApiError;
import dev.mailroom.core.api.ApiException;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;

/**
 * File > Connect to server…: a URL and a bearer token. Saving means "the server answered its
 * status with this token"; a wrong token is shown beside the token field, no answer beside the URL.
 */
public final class ConnectViewModel extends DialogViewModel {
    private final ValidatedField url;
    private final ValidatedField token;
    private final BiConsumer<AdminClient, String> connected;

    public ConnectViewModel(TaskExecutor executor, String currentUrl, BiConsumer<AdminClient, String> connected) {
        super(executor);
        this.connected = connected;
        url = form.add("url", currentUrl, ConnectViewModel::checkUrl);
        token = form.add("token", "", Rules.required("Token"));
    }

    public ValidatedField url() {
        return url;
    }

    public ValidatedField token() {
        return token;
    }

    static String checkUrl(String s) {
        if (s == null || s.isBlank()) {
            return "URL is required, e.g. http://127.0.0.1:8025";
        }
        try {
            URI u = URI.create(s.strip());
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme())) {
                return "URL must start with http:// or https://";
            }
            if (u.getHost() == null) {
                return "URL must name a host, e.g. http://127.0.0.1:8025";
            }
            return null;
        } catch (IllegalArgumentException e) {
            return "Not a URL: " + s.strip();
        }
    }

    @Override
    protected Callable<?> prepareSave() {
        URI u = URI.create(url.text().strip());
        String t = token.text().strip();
        return () -> {
            AdminClient client = AdminClient.connect(u, t);
            try {
                client.status();
            } catch (ApiException e) {
                String field = e.status() == 401 ? "token" : e.status() == 0 ? "url" : e.field();
                throw new ApiException(e.status(), new ApiError(e.error().code(), e.getMessage(), field));
            }
            return client;
        };
    }

    @Override
    protected void afterSave(Object result) {
        connected.accept((AdminClient) result, url.text().strip());
    }
}
