package io.keyspan.processor.it.shop;

import io.keyspan.annotations.ItemType;
import io.keyspan.annotations.KeyTemplate;

@ItemType("CUSTOMER")
@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
@KeyTemplate(index = "GSI1", partition = "EMAIL#{email}", sort = "CUSTOMER")
public record Customer(String customerId, String name, String email) implements ShopItem {}
