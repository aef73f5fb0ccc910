package nl.fvw.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.fvw.FvwException;
import nl.fvw.bekostiging.Signalering;
import nl.fvw.bekostiging.Signaleringsstap;
import nl.fvw.bekostiging.Taak;
import nl.fvw.rules.internal.Uitkomst;

/** The terms the rules gave for the steps of one task's signalering; two different terms for one step are an error. */
final class Signaleringstermijnen {
    private Signaleringstermijnen() {
    }

    static Map<Signaleringsstap, Signalering.Termijn> van(Taak taak, List<Uitkomst.Termijn> termijnen) {
        Map<Signaleringsstap, Signalering.Termijn> out = new EnumMap<>(Signaleringsstap.class);
        for (Uitkomst.Termijn t : termijnen) {
            if (t.signalering().getTaak() != taak) {
                continue;
            }
            Signaleringsstap stap = Signaleringsstap.parse(t.stap());
            Signalering.Termijn eerder = out.putIfAbsent(stap, new Signalering.Termijn(t.maanden(), t.regel()));
            if (eerder != null && eerder.maanden() != t.maanden()) {
                throw new FvwException("The rules give step '" + stap.woord() + "' of task '" + taak.naam()
                        + "' two terms: " + eerder.regel().id() + " " + eerder.maanden() + " months, " + t.regel().id() + " "
                        + t.maanden() + " months");
            }
        }
        return out;
    }
}
