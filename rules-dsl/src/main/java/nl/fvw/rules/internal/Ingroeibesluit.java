package nl.fvw.rules.internal;

import java.util.List;

import nl.fvw.FvwException;
import nl.fvw.bundeling.Bundeling;
import nl.fvw.bundeling.Bundelingsberekening;
import nl.fvw.bundeling.Bundelingsuitkomst;
import nl.fvw.bundeling.Ingroeipad;

/**
 * The ingroeipad the rules decided for a bundling: at most one cap schedule and one way to pay for
 * it, or neither; then the arithmetic of {@link Bundelingsberekening}.
 */
public final class Ingroeibesluit {
    private Ingroeibesluit() {
    }

    /**
     * Checks what the rules decided and computes the bundling under it.
     *
     * @param bundeling the bundling
     * @param ingroei the caps and financings the rules gave
     * @param explain false for bulk runs
     * @return the outcome
     * @throws FvwException when a path has no financing, two rules decide differently, or no rule phases in
     *                      a bundling that asks for it
     */
    public static Bundelingsuitkomst bereken(Bundeling bundeling, List<Uitkomst.Ingroei> ingroei, boolean explain) {
        List<Uitkomst.Ingroei> caps = ingroei.stream().filter(i -> i.financiering() == null).toList();
        List<Uitkomst.Ingroei> pays = ingroei.stream().filter(i -> i.financiering() != null).toList();
        if (caps.size() > 1) {
            throw new FvwException("The rules give bundling '" + bundeling.naam() + "' more than one ingroeipad: "
                    + caps.stream().map(i -> i.regel().id()).toList());
        }
        if (pays.stream().map(Uitkomst.Ingroei::financiering).distinct().count() > 1) {
            throw new FvwException("The rules finance the ingroeipad of bundling '" + bundeling.naam()
                    + "' in two ways: " + pays.stream().map(i -> i.regel().id() + " " + i.financiering()).toList());
        }
        if (caps.isEmpty()) {
            if (!pays.isEmpty()) {
                throw new FvwException("Rule " + pays.get(0).regel().id() + " says how the ingroeipad of bundling '"
                        + bundeling.naam() + "' is paid for, but no rule sets an ingroeipad");
            }
            if (bundeling.ingefaseerd()) {
                throw new FvwException("Bundling '" + bundeling.naam() + "' is to be phased in, but no rule sets an"
                        + " ingroeipad");
            }
            return Bundelingsberekening.bereken(bundeling, null, null, explain);
        }
        if (pays.isEmpty()) {
            throw new FvwException("Rule " + caps.get(0).regel().id() + " caps the effects of bundling '"
                    + bundeling.naam() + "', but no rule says how the capping is paid for");
        }
        Uitkomst.Ingroei cap = caps.get(0);
        Ingroeipad pad = new Ingroeipad(List.of(cap.eerste(), cap.volgende()), cap.ookVoordeel(),
                Ingroeipad.Financiering.valueOf(pays.get(0).financiering()));
        return Bundelingsberekening.bereken(bundeling, pad, cap.regel(), explain);
    }
}
