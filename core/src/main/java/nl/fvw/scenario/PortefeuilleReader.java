package nl.fvw.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.fvw.bekostiging.Bestuurslaag;
import nl.fvw.bekostiging.Taak;
import nl.fvw.input.Node;
import nl.fvw.normering.Fonds;

/** The section {@code portefeuille}: a tier, its fund side and its tasks, each from its own scenario file. */
final class PortefeuilleReader {
    private PortefeuilleReader() {
    }

    static Portefeuilleinvoer lees(Node node, ScenarioFiles files) {
        Node.Map m = node.asMap().allowOnly("bestuurslaag", "fondszijde", "taken");
        Bestuurslaag laag = m.get("bestuurslaag").locate(() -> Bestuurslaag.parse(m.get("bestuurslaag").asScalar().asText()));
        Fonds fonds = switch (laag) {
            case GEMEENTEN -> Fonds.GEMEENTEFONDS;
            case PROVINCIES -> Fonds.PROVINCIEFONDS;
            case WATERSCHAPPEN -> null;
        };
        Scenario fondszijde = null;
        if (m.opt("fondszijde") != null) {
            Node f = m.get("fondszijde");
            Path p = files.resolveAndHash(f, "scenario", ".yaml", ".yml", ".json");
            fondszijde = ScenarioReader.read(p);
            files.include(fondszijde.hashes());
            if (fondszijde.normering() == null) {
                throw f.error("scenario '" + files.naam(p) + "' has no normering, so it gives no accres");
            }
            if (fonds == null) {
                throw f.error("the waterschappen have no fund, so a fund side gives them no accres");
            }
        }
        List<Taak> taken = new ArrayList<>();
        java.util.Map<Path, Scenario> gelezen = new java.util.HashMap<>();
        List<Node> items = ScenarioFiles.items(m, "taken");
        if (items.isEmpty()) {
            throw m.get("taken").error("a portfolio needs at least one task");
        }
        for (Node t : items) {
            Node.Map tm = t.asMap().allowOnly("bestand", "taak");
            Path p = files.resolveAndHash(tm.get("bestand"), "scenario", ".yaml", ".yml", ".json");
            String naam = tm.get("taak").asScalar().asText();
            Scenario s = gelezen.get(p);
            if (s == null) {
                s = ScenarioReader.read(p);
                files.include(s.hashes());
                gelezen.put(p, s);
            }
            Taak gevonden = s.taken().stream().filter(x -> x.naam().equals(naam)).findFirst().orElse(null);
            if (gevonden == null) {
                throw tm.get("taak").error("scenario '" + files.naam(p) + "' has no task '" + naam + "'; its tasks: "
                        + s.taken().stream().map(Taak::naam).toList());
            }
            if (taken.stream().anyMatch(x -> x.naam().equals(naam))) {
                throw tm.get("taak").error("task '" + naam + "' is in the portfolio twice");
            }
            taken.add(gevonden);
        }
        return new Portefeuilleinvoer(laag, fonds, fondszijde, taken);
    }
}
