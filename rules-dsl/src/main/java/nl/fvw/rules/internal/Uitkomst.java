package nl.fvw.rules.internal;

import java.util.ArrayList;
import java.util.List;

import nl.fvw.normering.AccresPercentage;

/** Collects what the rules of one evaluation produce; one instance per session, not shared. */
public final class Uitkomst {
    private final boolean explains;
    private final List<AccresPercentage> accressen = new ArrayList<>();

    public Uitkomst(boolean explains) {
        this.explains = explains;
    }

    public boolean explains() {
        return explains;
    }

    public void accres(AccresPercentage a) {
        accressen.add(a);
    }

    public List<AccresPercentage> accressen() {
        return accressen;
    }
}
