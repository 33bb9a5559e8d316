package dev.mailroom.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.api.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Paging bookkeeping with a generated source of 100,000 names (the server's side is in ViewModelsTest). */
class PagedItemsTest {
    static final int TOTAL = 100_000;

    @Test
    void scrollingThroughEveryRowKeepsABoundedNumberOfPagesAndAsksEachPageOnce() {
        List<Integer> asked = new ArrayList<>();
        PagedListViewModel<String> vm = new PagedListViewModel<>(new SameThreadTaskExecutor(), (offset, limit, filter) -> {
            asked.add(offset);
            List<String> rows = IntStream.range(offset, Math.min(TOTAL, offset + limit)).mapToObj(i -> "user" + i).toList();
            return new Page<>(rows, TOTAL, offset, limit);
        }, e -> { throw new AssertionError(e); });
        vm.reload();
        for (int i = 0; i < TOTAL; i++) {
            assertThat(vm.items().get(i)).isEqualTo("user" + i);
        }
        assertThat(vm.items().pagesHeld()).isEqualTo(PagedItems.MAX_PAGES);
        assertThat(asked).hasSize(TOTAL / PagedListViewModel.PAGE_SIZE).doesNotHaveDuplicates();
        // A page dropped long ago is fetched again when it is painted again.
        assertThat(vm.items().get(0)).isEqualTo("user0");
        assertThat(asked).hasSize(TOTAL / PagedListViewModel.PAGE_SIZE + 1);
    }
}
