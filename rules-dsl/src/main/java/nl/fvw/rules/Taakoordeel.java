package nl.fvw.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.fvw.FvwException;
import nl.fvw.bekostiging.Oordeel;
import nl.fvw.bekostiging.Signalering;
import nl.fvw.bekostiging.Taak;
import nl.fvw.bekostiging.Taakuitkomst;
import nl.fvw.explain.Provenance;
import nl.fvw.rules.internal.Uitkomst;

/**
 * What the rules decided about one task, put together: exactly one verdict, the signals, and each step of its
 * signalering judged against the terms the rules gave (an overdue step is a signal of the rule that gave its term).
 */
final class Taakoordeel {
    private Taakoordeel() {
    }

    static Taakuitkomst afronden(Taakuitkomst computed, Uitkomst uitkomst, Provenance provenance) {
        Taak taak = computed.taak();
        List<String> verdicts = uitkomst.oordelen().stream().map(Uitkomst.Gegeven::tekst).distinct().toList();
        if (verdicts.isEmpty()) {
            throw new FvwException("No rule gives a verdict on task '" + taak.naam() + "'");
        }
        if (verdicts.size() > 1) {
            throw new FvwException("The rules give task '" + taak.naam() + "' conflicting verdicts: "
                    + uitkomst.oordelen().stream().map(g -> g.regel().id() + " \"" + g.tekst() + "\"").toList());
        }
        Oordeel oordeel = new Oordeel(verdicts.get(0), uitkomst.oordelen().get(0).regel());
        List<Taakuitkomst.Signaal> signals = new ArrayList<>(uitkomst.signalen().stream()
                .map(g -> new Taakuitkomst.Signaal(g.tekst(), g.regel().name(), g.regel())).toList());
        List<Signalering.Toets> toets = taak.signalering() == null ? List.of()
                : taak.signalering().toets(Signaleringstermijnen.van(taak, uitkomst.termijnen()));
        for (Signalering.Toets t : toets) {
            if (t.status() == Signalering.Status.OVER_TIJD) {
                signals.add(new Taakuitkomst.Signaal("signalering: " + t.stap().woord() + " over tijd (uiterlijk "
                        + t.uiterlijk() + ")", t.regel().name(), t.regel()));
            }
        }
        signals.sort(Comparator.comparing(Taakuitkomst.Signaal::tekst));
        return computed.with(oordeel, signals, toets, provenance);
    }
}
