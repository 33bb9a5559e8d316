package dev.mailroom.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.api.ApiError;
import dev.mailroom.core.api.ApiException;
import dev.mailroom.core.model.PostOfficeName;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class FormTest {

    @Test
    void aFieldShowsItsReasonOnlyOnceTouchedButIsInvalidFromTheStart() {
        Form form = new Form();
        ValidatedField name = form.add("name", "", Rules.parsedBy(PostOfficeName::of));

        assertThat(form.isValid()).isFalse();
        assertThat(name.error()).isEqualTo("Post office name is required");
        assertThat(name.shownErrorProperty().get()).isNull();

        name.setText("bad/name");
        assertThat(name.shownErrorProperty().get()).contains("must not contain '/'");
        name.setText("EXAMPLE");
        assertThat(form.isValid()).isTrue();
        assertThat(name.shownErrorProperty().get()).isNull();
    }

    @Test
    void aServerRefusalNamingAFieldGoesBesideItUntilTheTextChanges() {
        Form form = new Form();
        ValidatedField name = form.add("name", "EXAMPLE", Rules.any());
        ApiException duplicate = new ApiException(409, new ApiError("duplicate", "Post office EXAMPLE exists", "name"));

        assertThat(form.showFailure(duplicate)).isTrue();
        assertThat(name.shownErrorProperty().get()).isEqualTo("Post office EXAMPLE exists");
        assertThat(form.isValid()).isFalse();

        name.setText("OTHER");
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void aRefusalNamingNoFieldOfTheFormIsLeftToTheCaller() {
        Form form = new Form();
        form.add("name", "x", Rules.any());
        assertThat(form.showFailure(new ApiException(400, new ApiError("invalid", "bad", "quotaKb")))).isFalse();
        assertThat(form.showFailure(new ApiException(0, new ApiError("unreachable", "gone", null)))).isFalse();
    }

    @Test
    void wholeNumbersAreCheckedForRange() {
        var rule = Rules.wholeNumber("Quota", 0, 100);
        assertThat(rule.apply("5")).isNull();
        assertThat(rule.apply("-1")).isEqualTo("Quota must be between 0 and 100");
        assertThat(rule.apply("five")).isEqualTo("Quota must be a whole number");
        assertThat(rule.apply(" ")).isEqualTo("Quota is required");
    }

    @Test
    void saveSendsNothingWhileAFieldIsRefusedAndMapsTheServersAnswer() {
        List<String> sent = new ArrayList<>();
        class Vm extends DialogViewModel {
            final ValidatedField name = form.add("name", "", Rules.parsedBy(PostOfficeName::of));
            Exception answer;

            Vm() {
                super(new SameThreadTaskExecutor());
            }

            @Override
            protected Callable<?> prepareSave() {
                String value = name.text();
                return () -> {
                    if (answer != null) {
                        throw answer;
                    }
                    sent.add(value);
                    return value;
                };
            }
        }
        Vm vm = new Vm();
        List<String> saved = new ArrayList<>();

        assertThat(vm.save(() -> saved.add("x"))).isFalse();
        assertThat(sent).isEmpty();
        assertThat(vm.name.shownErrorProperty().get()).isEqualTo("Post office name is required");

        vm.name.setText("EXAMPLE");
        vm.answer = new ApiException(409, new ApiError("duplicate", "exists", "name"));
        vm.save(() -> saved.add("x"));
        assertThat(saved).isEmpty();
        assertThat(vm.name.shownErrorProperty().get()).isEqualTo("exists");
        assertThat(vm.isBusy()).isFalse();

        vm.answer = new ApiException(0, new ApiError("unreachable", "Cannot reach the server", null));
        vm.name.setText("EXAMPLE2");
        vm.save(() -> saved.add("x"));
        assertThat(vm.failureProperty().get()).isEqualTo("Cannot reach the server");

        vm.answer = null;
        vm.save(() -> saved.add("x"));
        assertThat(sent).containsExactly("EXAMPLE2");
        assertThat(saved).containsExactly("x");
        assertThat(vm.failureProperty().get()).isNull();
    }
}
