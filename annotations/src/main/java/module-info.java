/** Keyspan's mapping and repository annotations; no dependencies. */
module io.keyspan.annotations {
  exports io.keyspan.annotations;
}
