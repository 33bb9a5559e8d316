package dev.mailroom.app.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs the work and its callback at once on the calling thread. View-model tests use it so that
 * "after save() returns, the server has the change" holds without waiting for anything.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
