// The application ran as a named module over Keyspan's named modules (not on the class path).
String log = new File(basedir, 'build.log').text
String expected = "Keyspan module consumer read [Part[sku=B-2, name=Bolt]] in module com.example.modular" +
    " with io.keyspan.runtime and engine module io.keyspan.runtime.memory"
assert log.contains(expected) : "build.log lacks: ${expected}"
return true
