package dev.mailroom.app.common;

import dev.mailroom.core.api.Page;

/** One page of a server-side list; runs in the background. */
@FunctionalInterface
public interface PageSource<T> {
    Page<T> fetch(int offset, int limit, String filter) throws Exception;
}
