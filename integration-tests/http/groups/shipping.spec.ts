import { runHttpGroup } from "../../helpers/group"

runHttpGroup("shipping")
