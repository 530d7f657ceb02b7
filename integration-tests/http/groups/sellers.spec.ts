import { runHttpGroup } from "../../helpers/group"

runHttpGroup("sellers")
