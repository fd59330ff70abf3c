package io.keyspan.processor.it;

public enum Color {
  RED,
  GREEN,
  BLUE
}
