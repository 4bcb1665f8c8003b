# Follows MyPureCloud/terraform-provider-genesyscloud, examples/resources/genesyscloud_auth_role/resource.tf
# @ 7921ec12e79250ce29eb50db8c5dedd3300b313a (the work items role): several permission policies of one domain,
# assigned to a user through genesyscloud_user_roles. Written for this corpus, not copied.
data "genesyscloud_auth_division_home" "home" {}

resource "genesyscloud_auth_role" "workitems" {
  name        = "Corpus Work Items"
  description = "Works on task management work items"

  permission_policies {
    domain      = "workitems"
    entity_name = "workitem"
    action_set  = ["view", "add", "edit"]
  }
  permission_policies {
    domain      = "workitems"
    entity_name = "workbin"
    action_set  = ["view"]
  }
}

resource "genesyscloud_user" "worker" {
  email = "corpus.worker@example.com"
  name  = "Corpus Worker"
}

resource "genesyscloud_user_roles" "worker" {
  user_id = genesyscloud_user.worker.id
  roles {
    role_id      = genesyscloud_auth_role.workitems.id
    division_ids = [data.genesyscloud_auth_division_home.home.id]
  }
}
