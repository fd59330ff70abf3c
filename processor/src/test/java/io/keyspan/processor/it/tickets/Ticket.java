package io.keyspan.processor.it.tickets;

import io.keyspan.annotations.ItemType;
import io.keyspan.annotations.KeyTemplate;

@ItemType("TICKET")
@KeyTemplate(partition = "TICKET#{ticketId}", sort = "TICKET")
@KeyTemplate(index = "GSI1", partition = "OPEN", sort = "TICKET#{ticketId}")
public record Ticket(String ticketId, String title) implements TicketItem {}
