package dev.mailroom.app;

import javafx.application.Application;

/**
 * Entry point. A separate class from {@link ConsoleApp} because the JavaFX launcher refuses to
 * start an {@code Application} subclass as the main class when JavaFX is on the class path.
 */
public final class MailroomConsole {
    private MailroomConsole() {
    }

    public static void main(String[] args) {
        Application.launch(ConsoleApp.class, args);
    }
}
