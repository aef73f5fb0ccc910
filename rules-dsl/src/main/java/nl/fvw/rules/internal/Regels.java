package nl.fvw.rules.internal;

import java.util.concurrent.ConcurrentHashMap;

import nl.fvw.time.Stand;

/** Typed readers of DSL captures, called from rule consequences; parsed once and cached. */
public final class Regels {
    private static final ConcurrentHashMap<String, Stand> STANDS = new ConcurrentHashMap<>();

    private Regels() {
    }

    private static final ConcurrentHashMap<String, javax.money.MonetaryAmount> AMOUNTS = new ConcurrentHashMap<>();

    /** An amount written in a rule ("€ 7,50", "€ 675 mln", "7,50 euro"); the line checker has already validated it. */
    public static javax.money.MonetaryAmount bedrag(String text) {
        return AMOUNTS.computeIfAbsent(text, nl.fvw.input.ValueText::amount);
    }

    /** A percentage written in a rule ("2,5"), as a fraction (0.025); the line checker has already validated it. */
    public static java.math.BigDecimal fractie(String procent) {
        return nl.fvw.input.ValueText.dutchNumber(procent).movePointLeft(2);
    }

    /** A stand written in a rule ("Voorjaarsnota 2022"); the line checker has already validated it. */
    public static Stand stand(String text) {
        return STANDS.computeIfAbsent(text, Stand::parse);
    }
}
