package nl.fvw.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;

import nl.fvw.input.InputException;

/** Reading a scenario file that must be refused: the input error it raised. */
final class ReadFailure {
    private ReadFailure() {
    }

    static InputException of(Path scenario) {
        Throwable t = catchThrowable(() -> ScenarioReader.read(scenario));
        assertThat(t).isInstanceOf(InputException.class);
        return (InputException) t;
    }
}
