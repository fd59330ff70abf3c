// The processor ran (its sources exist) and the application read back what it wrote, on the JDK
// this run was meant for (expectedJava comes from install-test/pom.xml).
File generated = new File(basedir, 'target/generated-sources/annotations/com/example/inventory/ProductRepository.java')
assert generated.isFile() : "the processor generated nothing: no ${generated}"
String log = new File(basedir, 'build.log').text
String expected = "Keyspan consumer read Product[sku=A-1, name=Anvil, stock=5] on Java ${expectedJava}"
assert log.contains(expected) : "build.log lacks: ${expected}"
return true
