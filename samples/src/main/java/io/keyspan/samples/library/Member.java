package io.keyspan.samples.library;

import io.keyspan.annotations.ItemType;
import io.keyspan.annotations.KeyTemplate;

/** A library member: found by id, or by e-mail through {@code GSI1}. */
@ItemType("MEMBER")
@KeyTemplate(partition = "MEMBER#{memberId}", sort = "PROFILE")
@KeyTemplate(index = "GSI1", partition = "EMAIL#{email}", sort = "MEMBER")
public record Member(String memberId, String name, String email) implements LibraryItem {}
