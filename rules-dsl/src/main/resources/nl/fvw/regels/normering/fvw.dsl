# fvw: de Nederlandse regeltaal. Elke regel van dit bestand is een zin die analisten mogen schrijven.
# Een zin wordt alleen toegelaten na controle door fvw (nl.fvw.rules.dsl.LineChecker); zie docs/dsl.md.
# Elke vangwaarde is getypeerd naar haar naam: {jaar..} vier cijfers, {fonds} Gemeentefonds of
# Provinciefonds, {aggregaat} NGRU of ARU, {soort} een postsoort, {stand..} een stand, {tekst..} tekst.
# Voor elke zin: "#:" de betekenis, "#>" een voorbeeld; "#=" begint een onderwerp.
# docs/dsl-zinnen.md wordt hieruit gemaakt (./fvw dsl --format markdown).

#= Kopregels
#: begint een regel; de naam staat tussen aanhalingstekens
#> regel "Accres uit de ARU"
[keyword][]^regel=rule
#: na de kopregels: de voorwaarden volgen
#> wanneer
[keyword][]^wanneer=when
#: na de voorwaarden: de acties volgen
#> dan
[keyword][]^dan=then
#: sluit de regel af
#> einde
[keyword][]^einde=end
#: het id van de regel, in hoofdletters, cijfers en streepjes; het staat in elke uitleg
#> id "ANL-ARU-2026"
[keyword][]^\s*id "{id}"=@id("{id}")
#: de bron van de regel (wetsartikel, begrotingstabel, afspraak); elke regel noemt er een
#> bron "Miljoenennota 2026, bijlage accres"
[keyword][]^\s*bron "{bron}"=@bron("{bron}")
#: deze regel vervangt de geleverde regel met dat id; de uitleg zegt het
#> vervangt "NRM-REKENREGEL-ARU"
[keyword][]^\s*vervangt "{vervangt}"=@vervangt("{vervangt}")
#: de stand waarop het besluit van deze regel viel; het laatste besluit dat geldt wint
#> besloten "Voorjaarsnota 2022"
[keyword][]^\s*besloten "{besloten}"=@besloten("{besloten}")

#= Normering
#: de regel gaat over een fonds (GF, PF) in een begrotingsjaar; fvw legt elk fonds en jaar van de berekening voor
#> voor elk fondsjaar
[condition][]voor elk fondsjaar=$fj : FondsJaar( )
#: dat fonds is het Gemeentefonds of het Provinciefonds
#> het fonds is het Gemeentefonds
[condition][]het fonds is het {fonds}=FondsJaar( this == $fj, fondsNaam == "{fonds}" )
#: dat jaar ligt in jaarVan..jaarTot, grenzen inbegrepen
#> het jaar ligt tussen 2022 en 2025
[condition][]het jaar ligt tussen {jaarVan} en {jaarTot}=FondsJaar( this == $fj, jaartal >= {jaarVan}, jaartal <= {jaarTot} )
#: dat jaar is jaar of later
#> het jaar is 2026 of later
[condition][]het jaar is {jaar} of later=FondsJaar( this == $fj, jaartal >= {jaar} )
#: het scenario geeft een parameter met die naam
#> er is een parameter "opschalingskorting"
[condition][]er is een parameter "{tekst}"=GegevenParameter( naam == "{tekst}" )
#: de regel gaat over een post van de rijksuitgaven (in de NGRU of ARU)
#> voor elke uitgavenpost
[condition][]voor elke uitgavenpost=$post : Uitgavenpost( )
#: die post is van die soort: UITGAVEN, EU-AFDRACHTEN, RENTE, STUDIELENINGEN, RADIOFREQUENTIES, CONJUNCTUUR, FONDSEN, INVESTERINGSFONDS, OVERIGE-CORRECTIES
#> de post is van de soort INVESTERINGSFONDS
[condition][]de post is van de soort {soort}=Uitgavenpost( this == $post, soort == "{soort}" )
#: die post heeft die naam
#> de post heet "Nationaal Groeifonds"
[condition][]de post heet "{tekst}"=Uitgavenpost( this == $post, naam == "{tekst}" )
#: trap-op-trap-af: accres %_t = (X_t − X_{t−1}) / X_{t−1}, X de NGRU of ARU, beide jaren uit één stand (normering.md §1)
#> het accres volgt de groei van de ARU
[consequence][]het accres volgt de groei van de {aggregaat}=uitkomst.besluit($fj, new Besluit.TrapOpTrapAf("{aggregaat}"), kcontext);
#: accres % = v + p: v het gemiddelde van de reële bbp-groei t−9..t−2, p de prijs bbp van t (normering.md §4); keuzes als parameters
#> het accres volgt de bbp-systematiek
[consequence][]het accres volgt de bbp-systematiek=uitkomst.besluit($fj, new Besluit.BbpSystematiek(), kcontext);
#: de bron geeft alleen het %: dat is de invoer, en de uitleg zegt het
#> het accres is het gepubliceerde percentage
[consequence][]het accres is het gepubliceerde percentage=uitkomst.besluit($fj, new Besluit.GepubliceerdPercentage(), kcontext);
#: de bron geeft alleen het bedrag: dat is de invoer, en de uitleg zegt het
#> de tranche is de gepubliceerde tranche
[consequence][]de tranche is de gepubliceerde tranche=uitkomst.besluit($fj, new Besluit.GepubliceerdeTranche(), kcontext);
#: bevriest het accres: het accres en de tranche van dat jaar blijven zoals op die stand
#> zet het accres vast op de stand Voorjaarsnota 2020
[consequence][]zet het accres vast op de stand {stand}=uitkomst.besluit($fj, new Besluit.GeheelVast(Regels.stand("{stand}")), kcontext);
#: bevriest een deel van het accres: het volumedeel blijft zoals op die stand; het lpo-deel beweegt mee (lpo % × grondslag)
#> zet het volumedeel van het accres vast op de stand Voorjaarsnota 2022
[consequence][]zet het volumedeel van het accres vast op de stand {stand}=uitkomst.besluit($fj, new Besluit.VolumedeelVast(Regels.stand("{stand}")), kcontext);
#: als hieronder, en het verschil wordt al geboekt bij het Financieel Jaarverslag Rijk van dat jaar zelf
#> het accres wordt definitief vastgesteld en afgerekend bij het Financieel Jaarverslag Rijk
[consequence][]het accres wordt definitief vastgesteld en afgerekend bij het Financieel Jaarverslag Rijk=uitkomst.besluit($fj, new Besluit.Vaststelling(Afrekenmoment.FINANCIEEL_JAARVERSLAG), kcontext);
#: het accres van het jaar wordt definitief bij het Financieel Jaarverslag Rijk van dat jaar; het verschil met het betaalde accres (de laatste stand van dat jaar) wordt geboekt bij de Voorjaarsnota (1e suppletoire begroting) van het jaar daarna
#> het accres wordt definitief vastgesteld bij het Financieel Jaarverslag Rijk
[consequence][]het accres wordt definitief vastgesteld bij het Financieel Jaarverslag Rijk=uitkomst.besluit($fj, new Besluit.Vaststelling(), kcontext);
#: de tranche van het jaar telt in het niveau mee tot en met dat jaar, daarna niet (tenzij de bron haar latere jaren drukt)
#> de tranche telt mee tot en met 2025
[consequence][]de tranche telt mee tot en met {jaar}=uitkomst.besluit($fj, new Besluit.Looptijd(nl.fvw.time.BudgetYear.of({jaar})), kcontext);
#: de tranche van het jaar telt weer in elk later jaar mee (een eerder besluit over haar looptijd vervalt)
#> de tranche telt mee in elk later jaar
[consequence][]de tranche telt mee in elk later jaar=uitkomst.besluit($fj, new Besluit.Looptijd(null), kcontext);
#: de historische behoedzaamheidsreserve: dat deel van het geraamde accres van het jaar gaat pas met de afrekening naar het fonds
#> houd 25 procent van het accres achter als behoedzaamheidsreserve
[consequence][]houd {pct} procent van het accres achter als behoedzaamheidsreserve=uitkomst.besluit($fj, new Besluit.Behoedzaamheidsreserve(Regels.fractie("{pct}")), kcontext);
#: een eerdere vastzetting geldt vanaf het besluit niet meer
#> hef de vastzetting op
[consequence][]hef de vastzetting op=uitkomst.besluit($fj, new Besluit.NietVast(), kcontext);
#: sluit een post uit van de NGRU of ARU: de post is een correctie
#> tel de post niet mee in het aggregaat
[consequence][]tel de post niet mee in het aggregaat=uitkomst.uitsluiting($post, kcontext);
#: een kortingsschema: de parameter met die naam (bedrag per jaar, gelaagd per besluitstand) gaat af van het niveau van dat jaar
#> trek de korting "opschalingskorting" af van het fonds
[consequence][]trek de korting "{tekst}" af van het fonds=uitkomst.korting($fj, "{tekst}", kcontext);
#: een kortingsschema in de regel zelf: dat bedrag gaat af van het niveau van elk fondsjaar waarover de regel gaat (met de jaren uit de voorwaarden); de uitleg noemt de regel als bron
#> trek € 100 mln af van het fonds als korting "taakstelling 2027"
[consequence][]trek {bedrag} af van het fonds als korting "{tekst}"=uitkomst.korting($fj, "{tekst}", Regels.bedrag("{bedrag}"), kcontext);

#= Bekostiging
#: de regel gaat over een nieuwe of gewijzigde taak (bekostiging, artikel 2 Fvw)
#> voor elke taak
[condition][]voor elke taak=$taak : Taakoverzicht( )
#: een signaaldrempel: het gat (claim − compensatie) is in zoveel jaren achter elkaar groter dan dat deel van de claim
#> het tekort is in 2 opeenvolgende jaren groter dan 7,5 procent van de kosten
[condition][]het tekort is in {getal} opeenvolgende jaren groter dan {pct} procent van de kosten=Taakoverzicht( this == $taak, jarenMetTekortBoven("{pct}") >= {getal} )
#: het structurele tekort (structurele kosten − structurele compensatie; invoeringskosten en eenmalige compensatie tellen niet mee) is in zoveel jaren achter elkaar groter dan dat deel van de structurele kosten
#> het structurele tekort is in 3 opeenvolgende jaren groter dan 5 procent van de structurele kosten
[condition][]het structurele tekort is in {getal} opeenvolgende jaren groter dan {pct} procent van de structurele kosten=Taakoverzicht( this == $taak, jarenMetStructureelTekortBoven("{pct}") >= {getal} )
#: in geen jaar is het gat groter dan dat deel van de claim
#> het tekort is in geen enkel jaar groter dan 5 procent van de kosten
[condition][]het tekort is in geen enkel jaar groter dan {pct} procent van de kosten=Taakoverzicht( this == $taak, jarenMetTekortBoven("{pct}") == 0 )
#: het gat stijgt elk jaar over de laatste zoveel jaren en is positief
#> het tekort groeit in de laatste 3 jaren
[condition][]het tekort groeit in de laatste {getal} jaren=Taakoverzicht( this == $taak, tekortGroeit({getal}) )
#: de eenmalige compensatie dekt de invoeringskosten niet
#> de invoeringskosten zijn niet volledig gecompenseerd
[condition][]de invoeringskosten zijn niet volledig gecompenseerd=Taakoverzicht( this == $taak, invoeringNietGecompenseerd )
#: de compensatie loopt via een specifieke uitkering
#> de route is een specifieke uitkering
[condition][]de route is een specifieke uitkering=Taakoverzicht( this == $taak, route == "SPECIFIEKE_UITKERING" )
#: de taak wordt bij afspraak niet gecompenseerd: de bestuurslaag draagt de kosten uit eigen middelen (route eigen_middelen)
#> de route is eigen middelen
[condition][]de route is eigen middelen=Taakoverzicht( this == $taak, route == "EIGEN_MIDDELEN" )
#: de taak wordt langs een fonds of een uitkering gecompenseerd (elke route behalve eigen_middelen)
#> de route is niet eigen middelen
[condition][]de route is niet eigen middelen=Taakoverzicht( this == $taak, route != "EIGEN_MIDDELEN" )
#: er is geen verdeling binnen de bestuurslaag: de taak geldt voor de hele laag
#> de taak wordt over een hele bestuurslaag verdeeld
[condition][]de taak wordt over een hele bestuurslaag verdeeld=Taakoverzicht( this == $taak, verdeeldOverHeleLaag )
#: de regel gaat over de signalering van een taak: de stappen die gezet zijn, met hun datum
#> voor elke signalering
[condition][]voor elke signalering=$signalering : Signaleringsoverzicht( )
#: de termijn van een stap van de signalering: uiterlijk zoveel maanden na de stap ervoor
#> de stap gezamenlijke analyse is uiterlijk 6 maanden na de vorige stap nodig
[consequence][]de stap {stap} is uiterlijk {getal} maanden na de vorige stap nodig=uitkomst.termijn($signalering, "{stap}", {getal}, kcontext);
#: de regel gaat over alle taken van één bestuurslaag samen, tegen hun compensatie en het accres van het fonds
#> voor de portefeuille
[condition][]voor de portefeuille=$portefeuille : Portefeuilleoverzicht( )
#: het saldo van de portefeuille (compensatie − claim) is in zoveel jaren achter elkaar negatiever dan min dat bedrag
#> het saldo is in 3 opeenvolgende jaren negatiever dan € 10 mln
[condition][]het saldo is in {getal} opeenvolgende jaren negatiever dan {bedrag}=Portefeuilleoverzicht( this == $portefeuille, jarenMetTekortBoven("{bedrag}") >= {getal} )
#: het ongedekte deel van de taken (claim − compensatie) is in minstens één jaar groter dan dat deel van het accres van het fonds in dat jaar
#> het ongedekte deel neemt in een jaar meer dan 25 procent van het accres
[condition][]het ongedekte deel neemt in een jaar meer dan {pct} procent van het accres=Portefeuilleoverzicht( this == $portefeuille, jarenMetBeslagBoven("{pct}") > 0 )
#: een taak die de hele bestuurslaag draagt, wordt via een specifieke uitkering gecompenseerd
#> een taak van de hele bestuurslaag loopt via een specifieke uitkering
[condition][]een taak van de hele bestuurslaag loopt via een specifieke uitkering=Portefeuilleoverzicht( this == $portefeuille, specifiekeUitkeringVoorHeleLaag )
#: een vroegtijdig signaal over de portefeuille, met deze regel en haar bron als reden
#> geef het portefeuillesignaal "structureel tekort over alle taken"
[consequence][]geef het portefeuillesignaal "{tekst}"=uitkomst.portefeuillesignaal($portefeuille, "{tekst}", kcontext);
#: een vroegtijdig signaal over de taak, met deze regel en haar bron als reden
#> geef het signaal "structureel onvoldoende bekostigd"
[consequence][]geef het signaal "{tekst}"=uitkomst.signaal($taak, "{tekst}", kcontext);
#: het oordeel over de bekostiging van de taak; precies één oordeel per taak, twee verschillende zijn een fout
#> het oordeel is "adequaat bekostigd"
[consequence][]het oordeel is "{tekst}"=uitkomst.oordeel($taak, "{tekst}", kcontext);

#= Bundeling
#: de regel gaat over een bundeling van specifieke uitkeringen
#> voor elke bundeling
[condition][]voor elke bundeling=$bundel : Bundelingsfeit( )
#: het scenario vraagt om een ingroeipad (ingroeipad: ja)
#> de bundeling wordt ingefaseerd
[condition][]de bundeling wordt ingefaseerd=Bundelingsfeit( this == $bundel, ingefaseerd )
#: de bundeling heeft die naam
#> de bundeling heet "Brede SPUK cultuur"
[condition][]de bundeling heet "{tekst}"=Bundelingsfeit( this == $bundel, naam == "{tekst}" )
#: een plafondschema (ingroeipad): het nadeel per inwoner is ten hoogste cumulatief bedrag + bedrag2 × (jaar − 1); de laatste stap herhaalt tot het volle effect bereikt is
#> beperk het nadeel tot € 7,50 per inwoner in het eerste jaar en 15 euro per inwoner in elk volgend jaar
[consequence][]beperk het nadeel tot {bedrag} per inwoner in het eerste jaar en {bedrag2} per inwoner in elk volgend jaar=uitkomst.ingroeipad($bundel, Regels.bedrag("{bedrag}"), Regels.bedrag("{bedrag2}"), false, kcontext);
#: hetzelfde plafondschema, ook voor het voordeel
#> beperk het voordeel en het nadeel tot 10 euro per inwoner in het eerste jaar en € 20 per inwoner in elk volgend jaar
[consequence][]beperk het voordeel en het nadeel tot {bedrag} per inwoner in het eerste jaar en {bedrag2} per inwoner in elk volgend jaar=uitkomst.ingroeipad($bundel, Regels.bedrag("{bedrag}"), Regels.bedrag("{bedrag2}"), true, kcontext);
#: budgetneutraal: de voordelen (of, als die tekortschieten, de nadelen) worden naar rato geschaald zodat de verdeling optelt
#> betaal de beperking uit de voordelen, naar rato
[consequence][]betaal de beperking uit de voordelen, naar rato=uitkomst.financiering($bundel, "BUDGETNEUTRAAL", kcontext);
#: de beperking wordt betaald uit een apart budget, waarvan fvw de omvang per jaar meldt
#> betaal de beperking uit een apart overgangsbudget
[consequence][]betaal de beperking uit een apart overgangsbudget=uitkomst.financiering($bundel, "OVERGANGSBUDGET", kcontext);
