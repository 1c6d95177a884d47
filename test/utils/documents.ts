/**
 * GraphQL documents shared by the specs: one definition per operation instead of the same string copied across
 * files. Add one here when a second spec needs it.
 */
export const UPDATE_PROGRAM = `mutation ($input: UpdateProgramInput!) { updateProgram(input: $input) { __typename } }`;
export const ACTIVATE_PROGRAM = `mutation ($input: ProgramIdInput!) { activateProgram(input: $input) { __typename } }`;
export const CLOSE_PROGRAM = `mutation ($input: ProgramIdInput!) { closeProgram(input: $input) { __typename } }`;
export const UPDATE_USER = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { __typename } }`;
export const LOGOUT = `mutation ($input: RefreshTokenInput!) { logout(input: $input) }`;
export const CREATE_ORGANIZATION = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
export const DISABLE_USER = `mutation ($input: DisableUserInput!) { disableUser(input: $input) { __typename } }`;
export const CHANGE_PASSWORD = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { __typename } }`;
export const END_MENTORSHIP = `mutation ($input: EndMentorshipInput!) { endMentorship(input: $input) { __typename } }`;
export const WITHDRAW_PROGRAM_MEMBER = `mutation ($input: WithdrawProgramMemberInput!) { withdrawProgramMember(input: $input) { __typename } }`;
export const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { __typename } }`;
export const ASSIGN_MENTOR = `mutation ($input: AssignMentorInput!) { assignMentor(input: $input) { __typename } }`;
export const REQUEST_SYSTEM_PING = `mutation { requestSystemPing { id status } }`;
