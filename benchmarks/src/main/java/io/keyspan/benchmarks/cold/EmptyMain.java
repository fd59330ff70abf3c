package io.keyspan.benchmarks.cold;

/** The JVM alone: start, print, exit. The other contenders' times minus this are their own work. */
public final class EmptyMain {
  private EmptyMain() {}

  public static void main(String[] args) {
    System.out.println(0);
  }
}
