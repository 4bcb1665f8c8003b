# Follows MyPureCloud/terraform-provider-genesyscloud, examples/resources/genesyscloud_oauth_client/resource.tf
# @ 36cec8b3162cfb4c180a4b2be032ce0959820a25 (roles apply to client-credentials grants) and
# examples/resources/genesyscloud_auth_role/resource.tf @ 7921ec12e79250ce29eb50db8c5dedd3300b313a:
# a service client holding a custom role in the home division. Written for this corpus, not copied.
data "genesyscloud_auth_division_home" "home" {}

resource "genesyscloud_auth_role" "callback_service" {
  name        = "Corpus Callback Service"
  description = "Creates callbacks for the web site"
  permission_policies {
    domain      = "conversation"
    entity_name = "callback"
    action_set  = ["create"]
  }
}

resource "genesyscloud_oauth_client" "callback_service" {
  name                          = "Corpus Callback Service"
  description                   = "Server-to-server client of the callback service"
  access_token_validity_seconds = 86400
  authorized_grant_type         = "CLIENT_CREDENTIALS" # planted defect: the enum value is CLIENT-CREDENTIALS
  roles {
    role_id     = genesyscloud_auth_role.callback_service.id
    division_id = data.genesyscloud_auth_division_home.home.id
  }
}
