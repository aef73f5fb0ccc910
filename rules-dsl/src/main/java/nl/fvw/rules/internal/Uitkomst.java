package nl.fvw.rules.internal;

import java.util.ArrayList;
import java.util.List;

import org.kie.api.runtime.rule.RuleContext;

import nl.fvw.explain.RuleRef;
import nl.fvw.normering.Besluit;
import nl.fvw.normering.FondsJaar;
import nl.fvw.normering.Kortingsbesluit;
import nl.fvw.normering.Uitgavenpost;
import nl.fvw.normering.Uitsluiting;

/**
 * Collects what the rules of one evaluation decide, with the deciding rule's id, source and
 * decision stand read from its own metadata. One instance per session, never shared.
 */
public final class Uitkomst {
    private final RegelInfo.Index regels;
    private final List<Besluit<?>> besluiten = new ArrayList<>();
    private final List<Uitsluiting> uitsluitingen = new ArrayList<>();
    private final List<Kortingsbesluit> kortingen = new ArrayList<>();

    /**
     * An empty outcome whose rules' metadata is looked up in {@code regels}.
     *
     * @param regels the metadata of the session's rule base
     */
    public Uitkomst(RegelInfo.Index regels) {
        this.regels = regels;
    }

    public void besluit(FondsJaar fj, Besluit.Inhoud inhoud, RuleContext context) {
        RuleRef rule = regels.ref(context.getRule());
        besluiten.add(new Besluit<>(fj.getFonds(), fj.getJaar(), regels.besloten(context.getRule()), inhoud, rule));
    }

    public void uitsluiting(Uitgavenpost post, RuleContext context) {
        uitsluitingen.add(new Uitsluiting(post, regels.besloten(context.getRule()), regels.ref(context.getRule())));
    }

    public void korting(FondsJaar fj, String parameter, RuleContext context) {
        kortingen.add(Kortingsbesluit.uitParameter(fj.getFonds(), fj.getJaar(), parameter, regels.ref(context.getRule())));
    }

    public void korting(FondsJaar fj, String naam, javax.money.MonetaryAmount bedrag, RuleContext context) {
        kortingen.add(new Kortingsbesluit(fj.getFonds(), fj.getJaar(), naam, bedrag, regels.ref(context.getRule())));
    }

    /** A verdict or signal a rule gave about a task. */
    public record Gegeven(nl.fvw.bekostiging.Taakoverzicht taak, String tekst, RuleRef regel) {
    }

    private final List<Gegeven> signalen = new ArrayList<>();
    private final List<Gegeven> oordelen = new ArrayList<>();

    public void signaal(nl.fvw.bekostiging.Taakoverzicht taak, String tekst, RuleContext context) {
        signalen.add(new Gegeven(taak, tekst, regels.ref(context.getRule())));
    }

    public void oordeel(nl.fvw.bekostiging.Taakoverzicht taak, String tekst, RuleContext context) {
        oordelen.add(new Gegeven(taak, tekst, regels.ref(context.getRule())));
    }

    public List<Gegeven> signalen() {
        return signalen;
    }

    /** A term of a step of a task's signalering, with the rule that gave it. */
    public record Termijn(nl.fvw.bekostiging.Signaleringsoverzicht signalering, String stap, int maanden, RuleRef regel) {
    }

    private final List<Termijn> termijnen = new ArrayList<>();

    public void termijn(nl.fvw.bekostiging.Signaleringsoverzicht signalering, String stap, int maanden, RuleContext context) {
        termijnen.add(new Termijn(signalering, stap, maanden, regels.ref(context.getRule())));
    }

    public List<Termijn> termijnen() {
        return termijnen;
    }

    /** A signal over a whole portfolio, with the rule that gave it. */
    public record Portefeuillesignaal(nl.fvw.bekostiging.Portefeuilleoverzicht portefeuille, String tekst, RuleRef regel) {
    }

    private final List<Portefeuillesignaal> portefeuillesignalen = new ArrayList<>();

    public void portefeuillesignaal(nl.fvw.bekostiging.Portefeuilleoverzicht portefeuille, String tekst, RuleContext context) {
        portefeuillesignalen.add(new Portefeuillesignaal(portefeuille, tekst, regels.ref(context.getRule())));
    }

    public List<Portefeuillesignaal> portefeuillesignalen() {
        return portefeuillesignalen;
    }

    public List<Gegeven> oordelen() {
        return oordelen;
    }

    /** An ingroeipad or its financing, decided for a bundling, with the rule. */
    public record Ingroei(nl.fvw.bundeling.Bundelingsfeit bundel, javax.money.MonetaryAmount eerste,
            javax.money.MonetaryAmount volgende, boolean ookVoordeel, String financiering, RuleRef regel) {
    }

    private final List<Ingroei> ingroei = new ArrayList<>();

    public void ingroeipad(nl.fvw.bundeling.Bundelingsfeit bundel, javax.money.MonetaryAmount eerste,
            javax.money.MonetaryAmount volgende, boolean ookVoordeel, RuleContext context) {
        ingroei.add(new Ingroei(bundel, eerste, volgende, ookVoordeel, null, regels.ref(context.getRule())));
    }

    public void financiering(nl.fvw.bundeling.Bundelingsfeit bundel, String how, RuleContext context) {
        ingroei.add(new Ingroei(bundel, null, null, false, how, regels.ref(context.getRule())));
    }

    public List<Ingroei> ingroei() {
        return ingroei;
    }

    public List<Besluit<?>> besluiten() {
        return besluiten;
    }

    public List<Uitsluiting> uitsluitingen() {
        return uitsluitingen;
    }

    public List<Kortingsbesluit> kortingen() {
        return kortingen;
    }
}
