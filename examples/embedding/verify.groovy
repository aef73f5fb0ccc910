// Run by the fvw build after this project's `mvn verify` (maven-invoker-plugin): the computation
// printed its figures, and the class path fvw gives an embedding tool holds only what fvw needs.
def log = new File(basedir, 'build.log').getText('UTF-8')
[
    'accres 2013 stand Miljoenennota 2012: 0,86 %',
    'regel:   NRM-REKENREGEL-NGRU',
    'overgeheveld 2027: 9000000',
    'Zuiddorp: 900000 euro, 22.5 per inwoner',
    'tekort 2027-2029: 15000000 euro',
    'oordeel: onvoldoende bekostigd (BKS-OORDEEL-ONVOLDOENDE',
    'GF accres 2013: 0.86 %',
].each { assert log.contains(it): "the example did not print: $it" }

def tree = new File(basedir, 'dependency-tree.txt').readLines()
assert tree[0].startsWith('nl.example:begrotingstool:jar:1.0.0')
def banned = [
    ~/org\.junit/, ~/net\.jqwik/, ~/org\.assertj/, ~/org\.openjdk\.jmh/,               // test and benchmark libraries
    ~/org\.javamoney:moneta:/, ~/moneta-convert/, ~/com\.squareup\.okhttp3/,           // Moneta's network loader
    ~/slf4j-(nop|simple|reload4j|jdk14|log4j12)/, ~/ch\.qos\.logback/, ~/log4j-slf4j/, // logging bindings
    ~/info\.picocli/, ~/nl\.fvw:fvw-examples/,                                         // fvw's own command line
]
tree.drop(1).each { line ->
    banned.each { assert !(line =~ it): "the consumer's class path holds what fvw does not need: $line" }
}
['nl.fvw:fvw-rules-dsl:jar:0.1.0-SNAPSHOT:compile', 'nl.fvw:fvw-core:jar:0.1.0-SNAPSHOT:compile',
 'org.javamoney.moneta:moneta-core:jar:', 'org.slf4j:slf4j-api:jar:'].each { artifact ->
    assert tree.any { it.contains(artifact) }: "the consumer's class path lacks $artifact"
}
// every fvw jar a tool puts on its module path names its module: fvw-core by its descriptor, which
// exports the public packages and not nl.fvw.internal; fvw-rules-dsl by its manifest
def jarOf = { artifact -> new File(basedir, "../../it-repo/nl/fvw/${artifact}/0.1.0-SNAPSHOT/${artifact}-0.1.0-SNAPSHOT.jar") }
def core = java.lang.module.ModuleFinder.of(jarOf('fvw-core').toPath()).findAll().iterator().next().descriptor()
assert core.name() == 'nl.fvw.core' && !core.isAutomatic(): "fvw-core: module ${core.name()}"
assert core.exports().collect { it.source() }.contains('nl.fvw.normering')
assert !core.exports().collect { it.source() }.contains('nl.fvw.internal'): "fvw-core exports nl.fvw.internal"
def rules = new java.util.jar.JarFile(jarOf('fvw-rules-dsl')).withCloseable { it.manifest.mainAttributes.getValue('Automatic-Module-Name') }
assert rules == 'nl.fvw.rules': "fvw-rules-dsl: Automatic-Module-Name is ${rules}, expected nl.fvw.rules"
return true
