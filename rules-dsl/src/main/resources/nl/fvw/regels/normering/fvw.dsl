# fvw: de Nederlandse regeltaal. Elke regel van dit bestand is een zin die analisten mogen schrijven.
# Een zin wordt alleen toegelaten na controle door fvw (nl.fvw.rules.dsl.LineChecker); zie docs/dsl.md.
# Elke vangwaarde is getypeerd naar haar naam: {jaar..} vier cijfers, {fonds} Gemeentefonds of
# Provinciefonds, {aggregaat} NGRU of ARU, {soort} een postsoort, {stand..} een stand, {tekst..} tekst.
[keyword][]^regel=rule
[keyword][]^wanneer=when
[keyword][]^dan=then
[keyword][]^einde=end
[keyword][]^\s*id "{id}"=@id("{id}")
[keyword][]^\s*bron "{bron}"=@bron("{bron}")
[keyword][]^\s*vervangt "{vervangt}"=@vervangt("{vervangt}")
[keyword][]^\s*besloten "{besloten}"=@besloten("{besloten}")
[condition][]voor elk fondsjaar=$fj : FondsJaar( )
[condition][]het fonds is het {fonds}=FondsJaar( this == $fj, fondsNaam == "{fonds}" )
[condition][]het jaar ligt tussen {jaarVan} en {jaarTot}=FondsJaar( this == $fj, jaartal >= {jaarVan}, jaartal <= {jaarTot} )
[condition][]het jaar is {jaar} of later=FondsJaar( this == $fj, jaartal >= {jaar} )
[condition][]er is een parameter "{tekst}"=GegevenParameter( naam == "{tekst}" )
[condition][]voor elke uitgavenpost=$post : Uitgavenpost( )
[condition][]de post is van de soort {soort}=Uitgavenpost( this == $post, soort == "{soort}" )
[condition][]de post heet "{tekst}"=Uitgavenpost( this == $post, naam == "{tekst}" )
[consequence][]het accres volgt de groei van de {aggregaat}=uitkomst.besluit($fj, new Besluit.TrapOpTrapAf("{aggregaat}"), kcontext);
[consequence][]het accres volgt de bbp-systematiek=uitkomst.besluit($fj, new Besluit.BbpSystematiek(), kcontext);
[consequence][]het accres is het gepubliceerde percentage=uitkomst.besluit($fj, new Besluit.GepubliceerdPercentage(), kcontext);
[consequence][]de tranche is de gepubliceerde tranche=uitkomst.besluit($fj, new Besluit.GepubliceerdeTranche(), kcontext);
[consequence][]zet het accres vast op de stand {stand}=uitkomst.besluit($fj, new Besluit.GeheelVast(Regels.stand("{stand}")), kcontext);
[consequence][]zet het volumedeel van het accres vast op de stand {stand}=uitkomst.besluit($fj, new Besluit.VolumedeelVast(Regels.stand("{stand}")), kcontext);
[consequence][]hef de vastzetting op=uitkomst.besluit($fj, new Besluit.NietVast(), kcontext);
[consequence][]tel de post niet mee in het aggregaat=uitkomst.uitsluiting($post, kcontext);
[consequence][]trek de korting "{tekst}" af van het fonds=uitkomst.korting($fj, "{tekst}", kcontext);
[condition][]voor elke taak=$taak : Taakoverzicht( )
[condition][]het tekort is in {getal} opeenvolgende jaren groter dan {pct} procent van de kosten=Taakoverzicht( this == $taak, jarenMetTekortBoven("{pct}") >= {getal} )
[condition][]het tekort is in geen enkel jaar groter dan {pct} procent van de kosten=Taakoverzicht( this == $taak, jarenMetTekortBoven("{pct}") == 0 )
[condition][]het tekort groeit in de laatste {getal} jaren=Taakoverzicht( this == $taak, tekortGroeit({getal}) )
[condition][]de invoeringskosten zijn niet volledig gecompenseerd=Taakoverzicht( this == $taak, invoeringNietGecompenseerd )
[condition][]de route is een specifieke uitkering=Taakoverzicht( this == $taak, route == "SPECIFIEKE_UITKERING" )
[condition][]de taak wordt over een hele bestuurslaag verdeeld=Taakoverzicht( this == $taak, verdeeldOverHeleLaag )
[consequence][]geef het signaal "{tekst}"=uitkomst.signaal($taak, "{tekst}", kcontext);
[consequence][]het oordeel is "{tekst}"=uitkomst.oordeel($taak, "{tekst}", kcontext);
[condition][]voor elke bundeling=$bundel : Bundelingsfeit( )
[condition][]de bundeling wordt ingefaseerd=Bundelingsfeit( this == $bundel, ingefaseerd )
[condition][]de bundeling heet "{tekst}"=Bundelingsfeit( this == $bundel, naam == "{tekst}" )
[consequence][]beperk het nadeel tot {bedrag} per inwoner in het eerste jaar en {bedrag2} per inwoner in elk volgend jaar=uitkomst.ingroeipad($bundel, Regels.bedrag("{bedrag}"), Regels.bedrag("{bedrag2}"), false, kcontext);
[consequence][]beperk het voordeel en het nadeel tot {bedrag} per inwoner in het eerste jaar en {bedrag2} per inwoner in elk volgend jaar=uitkomst.ingroeipad($bundel, Regels.bedrag("{bedrag}"), Regels.bedrag("{bedrag2}"), true, kcontext);
[consequence][]betaal de beperking uit de voordelen, naar rato=uitkomst.financiering($bundel, "BUDGETNEUTRAAL", kcontext);
[consequence][]betaal de beperking uit een apart overgangsbudget=uitkomst.financiering($bundel, "OVERGANGSBUDGET", kcontext);
