-- Who holds a forwarding row's lease, so an instance shutting down can give its leases back at once instead of
-- leaving them to run out.
ALTER TABLE signup_forwards ADD COLUMN leased_by TEXT;
