package dev.mailroom.app.mailbox;

import dev.mailroom.app.common.DialogViewModel;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.core.api.AdminClient;
import java.util.concurrent.Callable;

/** Set Password…: a new password typed twice (or generated, then shown once). */
public final class SetPasswordViewModel extends DialogViewModel {
    private final AdminClient client;
    private final String postOffice;
    private final String mailbox;
    private final PasswordFields password;
    private final ValidatedField confirm;

    public SetPasswordViewModel(TaskExecutor executor, AdminClient client, String postOffice, String mailbox) {
        super(executor);
        this.client = client;
        this.postOffice = postOffice;
        this.mailbox = mailbox;
        password = new PasswordFields(form, false);
        confirm = form.add("confirm", "", s -> s.equals(password.password().text()) ? null
                : "The two passwords differ");
        // Generating fills both, so the user need not retype what they cannot see.
        password.generatedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                confirm.setText(now);
            }
        });
        password.password().textProperty().addListener((obs, old, now) -> confirm.revalidate());
    }

    public String mailbox() {
        return mailbox;
    }

    public PasswordFields password() {
        return password;
    }

    public ValidatedField confirm() {
        return confirm;
    }

    @Override
    protected Callable<?> prepareSave() {
        char[] secret = password.password().text().toCharArray();
        return () -> {
            client.setPassword(postOffice, mailbox, secret);
            return mailbox;
        };
    }
}
