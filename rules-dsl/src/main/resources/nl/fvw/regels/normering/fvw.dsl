# fvw: de Nederlandse regeltaal. Elke regel van dit bestand is een zin die analisten mogen schrijven.
# Een zin wordt alleen toegelaten na controle door fvw (nl.fvw.rules.dsl.LineChecker); zie docs/dsl.md.
# Vangwaarden: {jaar...} vier cijfers, {naam} een hoofdletterwoord, {tekst} tekst tussen aanhalingstekens.
[keyword][]^regel=rule
[keyword][]^wanneer=when
[keyword][]^dan=then
[keyword][]^einde=end
[keyword][]^\s*id "{id}"=@id("{id}")
[keyword][]^\s*bron "{bron}"=@bron("{bron}")
[keyword][]^\s*vervangt "{vervangt}"=@vervangt("{vervangt}")
[condition][]er is een uitgavenaggregaat {naam}=$jaar : AggregaatJaar( aggregaatNaam == "{naam}" )
[condition][]het jaar ligt tussen {jaarVan} en {jaarTot}=AggregaatJaar( this == $jaar, jaartal >= {jaarVan}, jaartal <= {jaarTot} )
[consequence][]het accres is de groei van het aggregaat tegenover het vorige jaar uit dezelfde stand=uitkomst.accres(Groei.accres($jaar, RegelInfo.van(kcontext), uitkomst.explains()));
