package dev.mailroom.app.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that touches the network or the disk away from the FX thread and hands the result
 * (or the failure) back on the FX thread. Every call to the server goes through one of these, so
 * the window never freezes; tests pass {@link SameThreadTaskExecutor} and stay deterministic.
 */
public interface TaskExecutor {
    /**
     * @param work      runs in the background; must not touch controls
     * @param onSuccess receives the result on the FX thread
     * @param onFailure receives whatever {@code work} threw, on the FX thread
     */
    <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);
}
