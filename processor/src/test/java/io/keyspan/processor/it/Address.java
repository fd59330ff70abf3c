package io.keyspan.processor.it;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.Document;
import java.util.List;

@Document
public record Address(
    @Attribute("Street") String street,
    @Attribute("City") String city,
    int zip,
    List<Address> previous) {}
