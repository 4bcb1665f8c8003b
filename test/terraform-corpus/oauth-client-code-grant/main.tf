# Follows MyPureCloud/terraform-provider-genesyscloud, examples/resources/genesyscloud_oauth_client/resource.tf
# @ 36cec8b3162cfb4c180a4b2be032ce0959820a25: an authorization-code client with redirect URIs and scopes.
# Written for this corpus, not copied.
resource "genesyscloud_oauth_client" "support_portal" {
  name                          = "Corpus Support Portal"
  description                   = "Signs agents in to the support portal"
  access_token_validity_seconds = 3600
  registered_redirect_uris      = ["https://support.example.com/auth/callback"]
  authorized_grant_type         = "CODE"
  scopes                        = ["users:readonly", "presence:readonly"]
  state                         = "active"
}
