package nl.fvw.bekostiging;

import java.util.Objects;

/**
 * A task's signalering as the rules see it (the fact of the term rules in bekostiging.dslr): the rules say
 * how many months after the step before each step is due.
 */
public final class Signaleringsoverzicht {
    private final Taak taak;

    /**
     * The fact of a task's signalering.
     *
     * @param taak the task, with a signalering
     */
    public Signaleringsoverzicht(Taak taak) {
        this.taak = Objects.requireNonNull(taak, "taak");
        Objects.requireNonNull(taak.signalering(), "signalering");
    }

    /** @return the task */
    public Taak getTaak() {
        return taak;
    }

    /** @return the last step taken, as a word */
    public String getLaatsteStap() {
        return taak.signalering().stappen().get(taak.signalering().stappen().size() - 1).stap().woord();
    }

    @Override
    public String toString() {
        return "signalering van " + taak.naam();
    }
}
