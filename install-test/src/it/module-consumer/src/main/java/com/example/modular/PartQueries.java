package com.example.modular;

import io.keyspan.annotations.Repository;
import java.util.List;

@Repository(Part.class)
public interface PartQueries {
  List<Part> findBySku(String sku);
}
