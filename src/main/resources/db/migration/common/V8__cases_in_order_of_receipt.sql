-- The staff list's export walks the cases in the order of their receipt, a thousand at a time, each batch starting
-- where the last ended: with this index every batch reads only its own rows (by number it read ~10 times as many).
CREATE INDEX case_received ON case_item (received_on, id);
-- The lists by due date across every unit (overdue, due soon, past the red line): a range of due dates, in order.
CREATE INDEX case_due ON case_item (due_on, id);
