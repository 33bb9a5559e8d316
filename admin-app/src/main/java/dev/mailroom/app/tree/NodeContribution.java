package dev.mailroom.app.tree;

import dev.mailroom.core.model.PostOfficeName;
import java.util.function.Function;
import java.util.function.Supplier;

/** One line of {@link dev.mailroom.app.ConsoleNodes}: "this feature's node goes in that slot". */
public record NodeContribution<K>(Slot<K> slot, Function<K, ConsoleNode> factory) {

    public static NodeContribution<Void> under(Slot<Void> slot, Supplier<? extends ConsoleNode> factory) {
        return new NodeContribution<>(slot, ignored -> factory.get());
    }

    public static NodeContribution<PostOfficeName> underEachPostOffice(Function<PostOfficeName, ? extends ConsoleNode> factory) {
        return new NodeContribution<>(Slot.POST_OFFICE, factory::apply);
    }
}
